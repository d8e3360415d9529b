import { useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { tokens } from '../lib/theme.ts';
import { ButtonRow } from './form/fieldStyles.ts';
import { SubmitButton } from './form/SubmitButton.tsx';

const Box = styled.div`
  border: 2px solid ${tokens.error};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin: ${tokens.space.s} 0;
  max-width: 40rem;
`;

interface ConfirmActionProps {
  question: string;
  confirmText: string;
  cancelText: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An inline "Are you sure?" with its two buttons; the question takes focus and is read out; Escape cancels. */
export function ConfirmAction({
  question,
  confirmText,
  cancelText,
  pending,
  onConfirm,
  onCancel,
}: ConfirmActionProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Box
      role="group"
      aria-label={question}
      ref={ref}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <Paragraph>{question}</Paragraph>
      <ButtonRow>
        <SubmitButton type="button" pending={pending} onClick={onConfirm}>
          {confirmText}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onCancel}>
          {cancelText}
        </SubmitButton>
      </ButtonRow>
    </Box>
  );
}
