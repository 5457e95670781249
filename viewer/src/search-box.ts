// An accessible search combobox (WAI-ARIA combobox + listbox): type, get suggestions from labels and
// aliases, move with the arrow keys, choose with Enter or a click, close with Escape.
import { KIND_COLORS } from "../../graph/schema.js";
import { el, swatch } from "./dom.js";
import { search, type SearchEntry, type SearchHit } from "./search-index.js";

export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder: string;
  /** Hide the label visually (it stays for screen readers). */
  hiddenLabel: boolean;
  limit: number;
  onChoose: (key: string) => void;
}

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  /** The node chosen last, or null once the text is edited. */
  chosen: () => string | null;
  set: (key: string | null, label?: string) => void;
}

export function createSearchBox(entries: SearchEntry[], options: SearchBoxOptions): SearchBox {
  const listId = `${options.id}-list`;
  const input = el("input", {
    className: "search-input",
    attrs: {
      id: options.id,
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: options.placeholder,
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
    },
  });
  const list = el("ul", { className: "suggestions", attrs: { id: listId, role: "listbox", "aria-label": `${options.label} suggestions` } });
  list.hidden = true;
  const label = el("label", { className: options.hiddenLabel ? "visually-hidden" : "field-label", text: options.label, attrs: { for: options.id } });
  const root = el("div", { className: "search-box" }, label, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let chosen: string | null = null;
  let timer: number | undefined;
  let pending = false;
  const delay = entries.length > 20_000 ? 120 : 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll("[role=option]").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `${listId}-${i}`);
      list.children[i]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    chosen = hit.entry.key;
    input.value = hit.entry.label;
    close();
    options.onChoose(hit.entry.key);
  };
  const render = () => {
    pending = false;
    hits = search(entries, input.value, options.limit);
    list.replaceChildren(
      ...hits.map((h, i) =>
        el(
          "li",
          {
            className: "suggestion",
            attrs: { id: `${listId}-${i}`, role: "option", "aria-selected": "false" },
            on: {
              mousedown: (e) => e.preventDefault(),
              click: () => choose(i),
            },
          },
          swatch(KIND_COLORS[h.entry.kind] ?? "#999"),
          el("span", { className: "suggestion-label", text: h.entry.label }),
          h.matched !== h.entry.label ? el("span", { className: "suggestion-alias", text: `“${h.matched}”` }) : null,
          el("span", { className: "suggestion-kind", text: h.entry.kind }),
        ),
      ),
    );
    if (!hits.length && input.value.trim())
      list.append(el("li", { className: "suggestion empty", text: "No match", attrs: { role: "option", "aria-disabled": "true" } }));
    const open = Boolean(input.value.trim());
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    setActive(hits.length ? 0 : -1);
  };

  input.addEventListener("input", () => {
    chosen = null;
    pending = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(render, delay);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (list.hidden) render();
      else if (hits.length) setActive((active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length);
      e.preventDefault();
    } else if (e.key === "Enter") {
      window.clearTimeout(timer);
      if (list.hidden || pending) render();
      choose(active >= 0 ? active : 0);
      e.preventDefault();
    } else if (e.key === "Escape" && !list.hidden) {
      close();
      e.preventDefault();
      e.stopPropagation();
    }
  });
  input.addEventListener("blur", close);

  return {
    root,
    input,
    chosen: () => chosen,
    set: (key, text) => {
      chosen = key;
      input.value = key ? (text ?? key) : "";
      close();
    },
  };
}
