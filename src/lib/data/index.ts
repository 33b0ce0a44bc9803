/** The data layer: everything pages, charts and components need from data/. */
export { loadDatasets, describeDataset, sortSourceIds, DATASET_DEFINITIONS, type Datasets, type Located } from './load.ts';
export { DataError } from './errors.ts';
export { defaultDataDir, displayPath } from './paths.ts';
export { parseCsv, stringifyCsv } from './csv.ts';
export { countryShapes, type CountryFeature } from './atlas.ts';
export { closestMatches, didYouMean } from './suggest.ts';
export { requireFact, factText, factAnchor } from './facts.ts';
