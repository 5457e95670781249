// The filter controls: relation types, meeting statuses, one article, and a time slider over the known
// dates. Each control edits the Filters object in place and calls onChange.
import { ALL_RELATIONS, MEETING_STATUSES, RELATION_COLORS } from "../../graph/schema.js";
import { el, swatch } from "./dom.js";
import type { GraphIndex } from "./graph-index.js";
import type { Filters } from "./state.js";

function checkboxGroup<T extends string>(
  title: string,
  name: string,
  values: { value: T; count: number; color?: string }[],
  hidden: Set<T>,
  onChange: () => void,
): HTMLElement {
  const boxes = values.map(({ value, count, color }) => {
    const id = `${name}-${value}`;
    const input = el("input", { attrs: { type: "checkbox", id, name, value } });
    input.checked = !hidden.has(value);
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      onChange();
    });
    return el(
      "div",
      { className: "check" },
      input,
      el("label", { attrs: { for: id } }, color ? swatch(color) : null, value, " ", el("span", { className: "count", text: count.toLocaleString("en") })),
    );
  });
  return el("fieldset", { className: "filter-group" }, el("legend", { text: title }), ...boxes);
}

function articleSelect(index: GraphIndex, filters: Filters, onChange: () => void): HTMLElement | null {
  if (!index.articles.size) return null;
  const articles = [...index.articles.values()].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.title.localeCompare(b.title));
  const select = el(
    "select",
    { attrs: { id: "article-filter" } },
    el("option", { text: "All articles", attrs: { value: "" } }),
    ...articles.map((a) => el("option", { text: a.date ? `${a.date} · ${a.title}` : a.title, attrs: { value: a.id } })),
  );
  select.addEventListener("change", () => {
    filters.article = select.value || null;
    onChange();
  });
  return el("div", { className: "filter-group" }, el("label", { className: "field-label", text: "Article", attrs: { for: "article-filter" } }), select);
}

function timeSlider(index: GraphIndex, filters: Filters, onChange: () => void): HTMLElement | null {
  const dates = index.dates;
  if (dates.length < 2) return null;
  const output = el("output", { attrs: { id: "time-output", for: "time-filter" } });
  const slider = el("input", {
    attrs: { id: "time-filter", type: "range", min: "0", max: String(dates.length - 1), step: "1", value: String(dates.length - 1) },
  });
  const show = () => {
    const i = Number(slider.value);
    const last = i === dates.length - 1;
    output.textContent = last ? `all dates (to ${dates[i]})` : `up to ${dates[i]}`;
    slider.setAttribute("aria-valuetext", output.textContent);
  };
  slider.addEventListener("input", () => {
    const i = Number(slider.value);
    filters.until = i === dates.length - 1 ? null : dates[i];
    show();
    onChange();
  });
  show();
  return el("div", { className: "filter-group" }, el("label", { className: "field-label", text: "Time", attrs: { for: "time-filter" } }), slider, output);
}

export function renderFilters(container: HTMLElement, index: GraphIndex, filters: Filters, onChange: () => void): void {
  const relations = ALL_RELATIONS.filter((r) => (index.relationCounts.get(r) ?? 0) > 0).map((r) => ({
    value: r,
    count: index.relationCounts.get(r) ?? 0,
    color: RELATION_COLORS[r],
  }));
  const statuses = MEETING_STATUSES.filter((s) => (index.statusCounts.get(s) ?? 0) > 0).map((s) => ({ value: s, count: index.statusCounts.get(s) ?? 0 }));
  container.replaceChildren(
    ...[
      timeSlider(index, filters, onChange),
      articleSelect(index, filters, onChange),
      relations.length ? checkboxGroup("Relations", "relation", relations, filters.hiddenRelations, onChange) : null,
      statuses.length ? checkboxGroup("Meeting status", "status", statuses, filters.hiddenStatuses, onChange) : null,
    ].filter((x): x is HTMLElement => x !== null),
  );
}

/** Reflects a filter changed elsewhere (e.g. "show this article" from the panel) in the controls. */
export function syncArticleSelect(filters: Filters): void {
  const select = document.getElementById("article-filter") as HTMLSelectElement | null;
  if (select) select.value = filters.article ?? "";
}
