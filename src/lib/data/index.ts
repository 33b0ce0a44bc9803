/** The data layer: everything pages, charts and components need from data/. */
export { loadDatasets, describeDataset, type Datasets } from './load.ts';
export { defaultDataDir } from './paths.ts';
export { didYouMean } from './suggest.ts';
export { requireFact, factText, factAnchor } from './facts.ts';
