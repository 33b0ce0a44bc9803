/** The data layer: everything pages, charts and components need from data/. */
export { loadDatasets, describeDataset, sortSourceIds, DATASET_DEFINITIONS, type Datasets, type Located } from './load';
export { DataError } from './errors';
export { defaultDataDir, displayPath } from './paths';
export { parseCsv, stringifyCsv, csvCell } from './csv';
export { countryShapes, type CountryFeature } from './atlas';
export { closestMatches, didYouMean } from './suggest';
export { requireFact, factText, factAnchor } from './facts';
