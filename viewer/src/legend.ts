// The legend of node colours, one toggle button per kind present, which doubles as the kind filter.
import { KINDS, KIND_COLORS, type Kind } from "../../graph/schema.js";
import { el, swatch } from "./dom.js";
import type { GraphIndex } from "./graph-index.js";
import type { Filters } from "./state.js";

export function renderLegend(container: HTMLElement, index: GraphIndex, filters: Filters, onChange: () => void): void {
  const buttons = KINDS.filter((k) => (index.kindCounts.get(k) ?? 0) > 0).map((kind: Kind) => {
    const button = el(
      "button",
      { className: "legend-item", attrs: { type: "button", "data-kind": kind, "aria-pressed": String(!filters.hiddenKinds.has(kind)) } },
      swatch(KIND_COLORS[kind]),
      el("span", { className: "legend-label", text: kind }),
      el("span", { className: "count", text: (index.kindCounts.get(kind) ?? 0).toLocaleString("en") }),
    );
    button.addEventListener("click", () => {
      if (filters.hiddenKinds.has(kind)) filters.hiddenKinds.delete(kind);
      else filters.hiddenKinds.add(kind);
      button.setAttribute("aria-pressed", String(!filters.hiddenKinds.has(kind)));
      onChange();
    });
    return button;
  });
  container.replaceChildren(...buttons);
}
