-- Population imports at national scale (bench/README.md).
--
-- Stocks lose their foreign key to municipality, as flows never had one (V2): the per-row check
-- took some 4 s of a national import's 106,000 stock inserts, over the time of the inserts
-- themselves. Every municipality_id written comes from the municipality table: the import
-- resolves it inside its transaction, the seed and flag corrections take it from a loaded
-- municipality or stock, and municipalities are never deleted.
ALTER TABLE population_stock DROP CONSTRAINT population_stock_municipality_id_fkey;
