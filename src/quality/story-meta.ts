/** The story's own metadata, shared by the page, its share cards and its JSON-LD. */
export const STORY = {
  /** Short title, on share cards and in `headline`. */
  headline: 'The envoy and the arc',
  title: "The envoy and the arc: North Korea's missiles, Moscow and the arms-for-aid trade",
  description:
    "An explainer with maps and charts: North Korea's Sept. 18, 2024 missile launch, its foreign minister's trips to Moscow, and the arms and aid said to flow between the two countries, with every claim sourced.",
  publisher: 'The envoy and the arc',
  section: 'World',
} as const;
