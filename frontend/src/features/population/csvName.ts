import type { TFunction } from 'i18next';

/** "befolkning-kongsberg-official.csv": what the table is, whose, and which series. */
export function csvName(
  t: TFunction,
  table: 'series' | 'components' | 'targets' | 'comparison' | 'projection',
  subject: string,
  variant: string,
) {
  const slug = subject
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${t(`population.csv.${table}`)}-${slug}-${variant}.csv`;
}
