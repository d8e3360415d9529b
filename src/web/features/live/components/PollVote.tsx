import { useState } from 'react';
import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import type { Poll } from '#shared/live.ts';
import { ChoiceLabel, Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useRoomContext } from './room-context.ts';

const Choice = styled(ChoiceLabel)`
  margin-bottom: ${tokens.space.xs};
`;

const Scale = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs} ${tokens.space.m};
`;

/** The poll's choices as radio buttons or checkboxes; voting without a choice explains why not. */
export function PollVote({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const { client } = useRoomContext();
  const [chosen, setChosen] = useState<number[]>([]);
  const [missing, setMissing] = useState(false);
  const multiple = poll.kind === 'multiple';
  const name = `poll-${poll.id}`;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const Options = poll.kind === 'scale' ? Scale : 'div';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length === 0) {
          setMissing(true);
          return;
        }
        client.vote(poll.id, chosen);
      }}
    >
      <Fieldset
        aria-describedby={[hintId, missing ? errorId : ''].filter(Boolean).join(' ')}
        style={{ marginBottom: tokens.space.s }}
      >
        <legend>
          <VisuallyHiddenText>{poll.question}</VisuallyHiddenText>
        </legend>
        <Hint id={hintId}>{t(`live.polls.hint.${poll.kind}`)}</Hint>
        <Options>
          {poll.options.map((option, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a poll's options never change order
            <Choice key={index}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={index}
                checked={chosen.includes(index)}
                onChange={(event) => {
                  setMissing(false);
                  if (!multiple) setChosen([index]);
                  else
                    setChosen((c) =>
                      event.target.checked
                        ? [...c, index].sort((a, b) => a - b)
                        : c.filter((i) => i !== index),
                    );
                }}
              />
              {option}
            </Choice>
          ))}
        </Options>
        <div role="alert" id={errorId}>
          {missing && <Hint style={{ color: tokens.error }}>{t('live.polls.chooseFirst')}</Hint>}
        </div>
      </Fieldset>
      <Button type="submit">{t('live.polls.vote')}</Button>
    </form>
  );
}
