import { countComparisonView } from "@/lib/matching/count-view";

/** Renders nothing; counts this page view once the response is sent (see lib/matching/count-view.ts). */
export async function CountView({ slugs }: { slugs: string[] }) {
  await countComparisonView(slugs);
  return null;
}
