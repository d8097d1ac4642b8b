/** The source and licence every statistics answer names, as the tests' fixtures carry them. */
export const statisticsNorway = {
  source: 'Statistics Norway (SSB)',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

export const registerOfLegalEntities = {
  source: 'The Central Coordinating Register for Legal Entities (Brønnøysundregistrene)',
  license: { name: 'NLOD 2.0', url: 'https://data.norge.no/nlod/en/2.0' },
};
