import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import type { QuestionType } from '#shared/surveys.ts';
import { Table } from '../../../components/DataTable.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { Figures, Point } from '../format.ts';
import { BarChart } from './BarChart.tsx';

/** The chart and its table side by side while both fit, else the table under the chart. */
const Layout = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
  gap: ${tokens.space.s} ${tokens.space.l};
  align-items: start;
  margin-bottom: ${tokens.space.m};
  @media (max-width: 48rem) {
    grid-template-columns: minmax(0, 1fr);
  }
  table {
    margin: 0;
  }
  td {
    min-width: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  th[scope='col']:last-child {
    text-align: right;
  }
  th[scope='row'] {
    font-weight: 400;
    white-space: normal;
  }
`;

type Props = {
  type: QuestionType;
  points: Point[];
  figures: Figures;
  /** The table's caption, which names the question (or the matrix row). */
  caption: ReactNode;
};

/** A question's answers per point or option: a bar chart and a table with the same counts. */
export function CountsFigure({ type, points, figures, caption }: Props) {
  const { t } = useTranslation();
  const rows = points.map((point) => ({ point, label: figures.label(type, point) }));
  const bars = rows.map(({ point, label }) => ({ label: label.text, count: point.count }));
  const said = rows.map(({ point, label }) => `${label.text}: ${figures.count(point.count)}`).join(', ');
  return (
    <Layout>
      <BarChart
        bars={bars}
        label={t('surveyResults.chart', { points: said })}
        hiddenText={figures.count(null)}
      />
      <Table data-testid="results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveyResults.table.answer')}</th>
            <th scope="col">{t('surveyResults.table.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ point, label }) => (
            <tr key={point.value}>
              <th scope="row" lang={label.lang}>
                {label.text}
              </th>
              <td>{figures.count(point.count)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Layout>
  );
}
