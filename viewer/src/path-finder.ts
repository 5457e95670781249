// "How are these two connected?": two search boxes and a button; the answer (every shortest path over
// the visible edges) is highlighted in the graph and spelled out as one example path.
import { el } from "./dom.js";
import type { SearchEntry } from "./search-index.js";
import { createSearchBox } from "./search-box.js";
import type { PathHighlight } from "./state.js";
import type { ViewerGraph } from "./viewer-graph.js";

export interface PathFinderActions {
  find: (from: string, to: string) => PathHighlight | null;
  clear: () => void;
  selectNode: (key: string) => void;
}

export interface PathFinder {
  /** Shows the result of a search (or clears it). */
  show: (path: PathHighlight | null, missing: boolean) => void;
}

export function renderPathFinder(container: HTMLElement, graph: ViewerGraph, entries: SearchEntry[], actions: PathFinderActions): PathFinder {
  const result = el("div", { className: "path-result", attrs: { id: "path-result", role: "status", "aria-live": "polite" } });
  const tryFind = () => {
    const from = fromBox.chosen();
    const to = toBox.chosen();
    if (!from || !to) {
      result.replaceChildren(el("p", { className: "muted", text: "Choose two entities from the suggestions first." }));
      return;
    }
    actions.find(from, to);
  };
  const fromBox = createSearchBox(entries, { id: "path-from", label: "From", placeholder: "e.g. Japan", hiddenLabel: false, limit: 6, onChoose: () => toBox.chosen() && tryFind() });
  const toBox = createSearchBox(entries, { id: "path-to", label: "To", placeholder: "e.g. North Korea", hiddenLabel: false, limit: 6, onChoose: () => fromBox.chosen() && tryFind() });
  const findButton = el("button", { text: "Connect", attrs: { type: "button", id: "path-find" }, on: { click: tryFind } });
  const clearButton = el("button", {
    text: "Clear",
    className: "secondary",
    attrs: { type: "button", id: "path-clear" },
    on: {
      click: () => {
        fromBox.set(null);
        toBox.set(null);
        actions.clear();
      },
    },
  });
  container.replaceChildren(fromBox.root, toBox.root, el("div", { className: "button-row" }, findButton, clearButton), result);

  const label = (k: string) => graph.getNodeAttribute(k, "label") || k;
  return {
    show: (path, missing) => {
      if (!path) {
        result.replaceChildren(...(missing ? [el("p", { className: "muted", text: "No connection through the visible relations." })] : []));
        return;
      }
      const steps = path.example.length - 1;
      const chain = el("ol", { className: "path-chain" }, ...path.example.map((k) => el("li", {}, el("button", { className: "node-link", text: label(k), attrs: { type: "button" }, on: { click: () => actions.selectNode(k) } }))));
      result.replaceChildren(
        el("p", { text: `${steps} step${steps === 1 ? "" : "s"}; ${path.count} shortest path${path.count === 1 ? "" : "s"} highlighted.` }),
        chain,
      );
    },
  };
}
