import { Table } from '@digdir/designsystemet-react';

/**
 * A column header that sorts the list by its field: ascending on the first click, descending on
 * the second. `sort` is the API's form, `field` or `-field`.
 */
export function SortableHeader<Field extends string>({
  field,
  sort,
  onSort,
  label,
}: {
  field: Field;
  sort: string;
  onSort: (sort: Field | `-${Field}`) => void;
  label: string;
}) {
  const current = sort.replace(/^-/, '');
  const descending = sort.startsWith('-');
  return (
    <Table.HeaderCell
      scope="col"
      sort={current === field ? (descending ? 'descending' : 'ascending') : 'none'}
      onClick={() => onSort(current === field && !descending ? `-${field}` : field)}
    >
      {label}
    </Table.HeaderCell>
  );
}
