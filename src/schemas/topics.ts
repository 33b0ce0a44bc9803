import { z } from 'astro/zod';

/** The fixed topic vocabulary. Adding a topic means adding it here, with a label and a description. */
export const TOPICS = {
  strategy: { label: 'Strategy', description: 'Why rare earths matter and where the strategic risk lies.' },
  partnerships: {
    label: 'Partnerships',
    description: 'Agreements, dialogues and investment between Kazakhstan, the EU, the US and others.',
  },
  challenges: { label: 'Challenges', description: 'Cost, time, know-how, regulation, logistics and environmental limits on new supply.' },
  supply: { label: 'Supply', description: 'Mining, refining and magnet production, and who controls each step.' },
  kazakhstan: { label: 'Kazakhstan', description: 'Kazakhstan’s deposits, institutions and policy.' },
  china: { label: 'China', description: 'China’s position in the value chain and its export controls.' },
  policy: { label: 'Policy', description: 'Legislation and regulation in the EU, the US and Central Asia.' },
} as const;

export type Topic = keyof typeof TOPICS;
export const topicIds = Object.keys(TOPICS) as [Topic, ...Topic[]];

/** One of the fixed topics; the error lists the allowed values so an author can fix a typo at once. */
export const topicSchema = z.enum(topicIds, {
  error: (issue) => `expected one of ${topicIds.join(', ')}; got ${JSON.stringify(issue.input)}`,
});
