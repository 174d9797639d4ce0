"use client";

import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { graphPath } from "@/lib/compare-url";
import type { GraphEdge, GraphNode } from "@/lib/graph/types";

/** Only what the drawing needs: the props travel to the browser. */
export type DrawnNode = Pick<GraphNode, "slug" | "name" | "rank" | "isCentre">;
export type DrawnEdge = Pick<GraphEdge, "source" | "target" | "weight">;

type Props = { nodes: DrawnNode[]; edges: DrawnEdge[]; label: string };

const nodeSize = (rank: number | null) => 24 + Math.round(((rank ?? 0) / 100) * 28);
const edgeWidth = (weight: number) => Math.min(1 + weight * 1.5, 14);

function elements(nodes: DrawnNode[], edges: DrawnEdge[]): ElementDefinition[] {
  const centre = nodes.find((node) => node.isCentre)?.slug;
  return [
    ...nodes.map((node) => ({ data: { id: node.slug, label: node.name, size: nodeSize(node.rank), centre: node.isCentre ? 1 : 0 } })),
    ...edges.map((edge) => ({
      data: { id: `${edge.source}~${edge.target}`, source: edge.source, target: edge.target, weight: edge.weight, width: edgeWidth(edge.weight) },
      classes: edge.source === centre || edge.target === centre ? "spoke" : "between",
    })),
  ];
}

type Colours = { text: string; background: string };

/** The page's colours as rgb(): Tailwind's are oklch(), which Cytoscape cannot read. */
function rgb(cssColour: string): string {
  const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!context) return "#808080";
  context.fillStyle = cssColour;
  context.fillRect(0, 0, 1, 1);
  const [red, green, blue] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${red}, ${green}, ${blue})`;
}

// Links from the centre always show their weight; links between neighbours
// stay faint (there can be dozens) and show theirs while a tool is hovered.
function stylesheet({ text, background }: Colours): StylesheetJson {
  const edgeLabel = { label: "data(weight)", "font-size": 11, color: text, "text-background-color": background, "text-background-opacity": 0.9, "text-background-padding": "2px" };
  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        "background-color": "#4f7fd6",
        label: "data(label)",
        color: text,
        "font-size": 12,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "text-background-color": background,
        "text-background-opacity": 0.7,
      },
    },
    { selector: "node[centre = 1]", style: { "background-color": "#0f9d6b", "border-width": 3, "border-color": text, "font-weight": "bold" } },
    { selector: "edge", style: { width: "data(width)", "curve-style": "straight", "line-color": "#4f7fd6", opacity: 0.75 } },
    { selector: "edge.spoke", style: edgeLabel },
    { selector: "edge.between", style: { "line-color": "#a1a1aa", opacity: 0.12 } },
    { selector: "edge.between.focus", style: { ...edgeLabel, opacity: 0.9 } },
    { selector: "node.focus", style: { "border-width": 3, "border-color": "#f59e0b" } },
  ];
}

/**
 * The match graph drawn with Cytoscape, which is imported here only, so no
 * other page downloads it. Tapping a tool re-centres the graph on it.
 */
export function GraphCanvas({ nodes, edges, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    import("cytoscape")
      .then(({ default: cytoscape }) => {
        const element = container.current;
        if (cancelled || !element) return;
        cy = cytoscape({
          container: element,
          elements: elements(nodes, edges),
          style: stylesheet({ text: rgb(getComputedStyle(element).color), background: rgb(getComputedStyle(document.body).backgroundColor) }),
          layout: { name: "concentric", concentric: (node) => Number(node.data("centre")) + 1, levelWidth: () => 1, minNodeSpacing: 56, animate: false },
          minZoom: 0.3,
          maxZoom: 3,
        });
        cy.on("tap", "node", (event) => router.push(graphPath(event.target.id())));
        cy.on("mouseover", "node", (event) => {
          element.style.cursor = "pointer";
          event.target.addClass("focus").connectedEdges().addClass("focus");
        });
        cy.on("mouseout", "node", (event) => {
          element.style.cursor = "";
          event.target.removeClass("focus").connectedEdges().removeClass("focus");
        });
        setState("ready");
      })
      .catch(() => setState("failed"));
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [nodes, edges, router]);

  return (
    <div className="relative">
      <div ref={container} role="img" aria-label={label} data-graph-state={state} className="h-[26rem] w-full rounded-xl border border-zinc-200 sm:h-[34rem] dark:border-zinc-800" />
      {state !== "ready" && (
        <p className="muted absolute inset-0 flex items-center justify-center p-4 text-center text-sm">
          {state === "failed" ? "The drawing could not load; the list beside it has the same tools and links." : "Drawing the graph…"}
          <noscript> The drawing needs JavaScript; the list beside it has the same tools and links.</noscript>
        </p>
      )}
    </div>
  );
}
