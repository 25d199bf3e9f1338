// Words for a count of people in our languages ("Hunderte Angestellte", "thousands of jobs"; German
// declines them: "mit Tausenden Beschäftigten"): the
// detector reads them as numbers; the name matcher never reads one as part of a company's name.
export const COUNT_WORDS = [
  'hundreds', 'thousands', 'dozens', 'Hunderte', 'Hunderten', 'Tausende', 'Tausenden', 'Dutzende', 'centaines', 'milliers', 'cientos', 'miles',
  'centenas', 'milhares', 'honderden', 'duizenden', 'centinaia', 'migliaia',
] as const;
