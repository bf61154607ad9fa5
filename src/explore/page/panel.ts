/**
 * The parameter panel: a row per numeric parameter of the scenario, generated from the scenario
 * JSON Schema (its range, its default, its one-line meaning), grouped by state, spoiler, third
 * party, constants and the rest. Edits go through the session, which refuses what the CLI
 * refuses, with the CLI's message.
 */
import type { NumericParameter } from '../../scenarios/parameterPaths.js';
import { el } from './dom.js';
import type { ScenarioSession } from './session.js';

/** Groups open at first: where a newcomer looks first. */
const OPEN_GROUPS = new Set(['spoilers']);

function groupOf(path: string): string {
  const [head, id] = path.split('.');
  if (head === 'states' || head === 'spoilers' || head === 'thirdParties') return `${head}.${id}`;
  return head === 'days' ? 'run' : head!;
}

/** A slider step giving about 200 positions across the range. */
function sliderStep(parameter: NumericParameter): string {
  if (parameter.integer) return '1';
  const raw = (parameter.max - parameter.min) / 200;
  return String(10 ** Math.floor(Math.log10(raw)));
}

export interface Panel {
  /** Shows the session's values again (after a link or a reset changed them). */
  refresh(): void;
}

export function buildPanel(container: HTMLElement, session: ScenarioSession, onChange: () => void): Panel {
  const errorBox = el('div', { id: 'param-error', class: 'error', role: 'alert' });
  const filter = el('input', { id: 'param-filter', type: 'search', placeholder: 'filter parameters (e.g. hazard)' });
  container.append(el('h2', {}, 'Parameters'), filter, errorBox);
  const rows = new Map<string, { row: HTMLElement; number: HTMLInputElement; slider?: HTMLInputElement; refusal: HTMLElement; parameter: NumericParameter }>();
  const groups = new Map<string, HTMLElement>();
  for (const parameter of session.parameters) {
    const name = groupOf(parameter.path);
    let group = groups.get(name);
    if (group === undefined) {
      group = el('details', { 'data-group': name, ...(OPEN_GROUPS.has(name.split('.')[0]!) ? { open: '' } : {}) }, el('summary', {}, name));
      groups.set(name, group);
      container.append(group);
    }
    const id = `param-${parameter.path}`;
    const bounds = { min: String(parameter.min), max: String(parameter.max) };
    const finite = Math.abs(parameter.min) < 1e300 && Math.abs(parameter.max) < 1e300;
    const number = el('input', { id, type: 'number', step: parameter.integer ? '1' : 'any', ...(finite ? bounds : {}), 'data-path': parameter.path });
    const slider = finite && parameter.max - parameter.min <= 10_000 ? el('input', { type: 'range', ...bounds, step: sliderStep(parameter), 'aria-label': parameter.path }) : undefined;
    const fileValue = session.fileValue(parameter);
    const refusal = el('div', { class: 'refusal' });
    const row = el(
      'div',
      { class: 'param', 'data-path': parameter.path },
      el('label', { for: id }, parameter.path.split('.').slice(name.split('.').length).join('.') || parameter.path),
      el('div', { class: 'controls' }, ...(slider === undefined ? [] : [slider]), number),
      el('div', { class: 'range' }, `${parameter.expected}${fileValue === undefined ? '' : ` · file: ${fileValue}`}${parameter.defaultValue === undefined ? '' : ` · default ${parameter.defaultValue}`}`),
      ...(parameter.description === undefined ? [] : [el('div', { class: 'meaning' }, parameter.description)]),
      refusal,
    );
    group.append(row);
    rows.set(parameter.path, { row, number, refusal, parameter, ...(slider === undefined ? {} : { slider }) });
    const commit = (text: string) => {
      const message = session.trySet(parameter.path, text);
      row.classList.toggle('invalid', message !== undefined);
      refusal.textContent = message ?? '';
      errorBox.textContent = message ?? '';
      if (message === undefined) {
        show(parameter.path);
        onChange();
      }
    };
    number.addEventListener('change', () => commit(number.value));
    slider?.addEventListener('input', () => (number.value = slider.value));
    slider?.addEventListener('change', () => commit(slider.value));
  }
  const show = (path: string) => {
    const entry = rows.get(path)!;
    const value = session.value(entry.parameter);
    entry.number.value = value === undefined ? '' : String(value);
    if (entry.slider !== undefined && value !== undefined) entry.slider.value = String(value);
    entry.row.classList.toggle('changed', value !== session.fileValue(entry.parameter));
  };
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLowerCase();
    for (const { row, parameter } of rows.values()) row.hidden = words !== '' && !parameter.path.toLowerCase().includes(words);
    for (const group of groups.values()) {
      if (words !== '') (group as HTMLDetailsElement).open = group.querySelector('.param:not([hidden])') !== null;
    }
  });
  const refresh = () => {
    for (const path of rows.keys()) show(path);
  };
  refresh();
  return { refresh };
}
