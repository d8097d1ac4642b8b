import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useContactsDueForErasure } from './api';

/** Contacts of partners that have been former for longer than the retention time: erase them. */
export function DueForErasureSection() {
  const { t, language } = useI18n();
  const due = useContactsDueForErasure(true);
  return (
    <section aria-labelledby="due-for-erasure-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="due-for-erasure-heading">
        {t('partners.dueForErasure.heading')}
      </Heading>
      <QueryStatus query={due} isEmpty={(data) => data.items.length === 0} emptyText={t('partners.dueForErasure.empty')}>
        {(data) => (
          <>
            <Paragraph>{t('partners.dueForErasure.intro', { years: data.retentionYears })}</Paragraph>
            <div className="vekst-table-scroll">
              <Table data-size="sm" zebra data-testid="due-for-erasure">
                <caption>{t('partners.dueForErasure.heading')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('partners.contacts.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('partners.columns.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('partners.fields.formerSince')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.items.map((item) => (
                    <Table.Row key={item.contactId}>
                      <Table.HeaderCell scope="row">{item.name}</Table.HeaderCell>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={`/partners/${item.partnerId}#contacts`}>{item.partnerName}</RouterLink>
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{formatDate(item.formerSince, language)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        )}
      </QueryStatus>
    </section>
  );
}
