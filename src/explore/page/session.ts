/**
 * The scenario on screen: the file's text plus the edits made in the page, kept as `--set`
 * overrides and loaded with the CLI's own loader. An edit the loader refuses is refused with its
 * message, word for word, and the scenario stays as it was.
 */
import { prepareScenarioText, type LoadedScenario, type PreparedScenario } from '../../scenarios/load.js';
import { InputError } from '../../scenarios/messages.js';
import { numericParameter, numericParameterPaths, type NumericParameter } from '../../scenarios/parameterPaths.js';

export class ScenarioSession {
  readonly file: string;
  readonly text: string;
  /** Every numeric parameter of the file, in schema order: the panel's rows. */
  readonly parameters: readonly NumericParameter[];
  /** The file as written, without the page's edits: what Compare sets the edits against. */
  readonly fileScenario: LoadedScenario;
  private readonly fileData: unknown;
  private overrides = new Map<string, string>();
  private prepared: PreparedScenario;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    this.prepared = prepareScenarioText(text, file);
    this.fileData = this.prepared.data;
    this.fileScenario = this.prepared.base;
    this.parameters = numericParameterPaths(this.fileData).map((path) => numericParameter(this.fileData, path)!);
  }

  get scenario(): LoadedScenario {
    return this.prepared.base;
  }

  /** The overrides in effect, `path=value`, in the order they were first made. */
  get set(): string[] {
    return [...this.overrides].map(([path, value]) => `${path}=${value}`);
  }

  /** A parameter's value now: an override, else the file's, else the schema's default. */
  value(parameter: NumericParameter): number | undefined {
    return numberAt(this.prepared.data, parameter.segments) ?? parameter.defaultValue;
  }

  /** The file's own value (or the default), for "changed" marks and resets. */
  fileValue(parameter: NumericParameter): number | undefined {
    return numberAt(this.fileData, parameter.segments) ?? parameter.defaultValue;
  }

  /**
   * Sets `path` to `valueText` as `--set path=valueText` would; returns the CLI's message when
   * the loader refuses it (and changes nothing). A value equal to the file's drops the override.
   */
  trySet(path: string, valueText: string): string | undefined {
    const next = new Map(this.overrides);
    const parameter = this.parameters.find((p) => p.path === path);
    const same = parameter !== undefined && valueText.trim() !== '' && Number(valueText) === this.fileValue(parameter);
    if (same) next.delete(path);
    else next.set(path, valueText.trim());
    return this.tryOverrides(next);
  }

  /** Replaces every override (a link's state); the CLI's message when refused. */
  trySetAll(set: readonly string[]): string | undefined {
    const next = new Map<string, string>();
    for (const raw of set) {
      const eq = raw.indexOf('=');
      next.set(eq < 0 ? raw : raw.slice(0, eq), eq < 0 ? '' : raw.slice(eq + 1));
    }
    return this.tryOverrides(next);
  }

  private tryOverrides(next: Map<string, string>): string | undefined {
    try {
      const set = [...next].map(([path, value]) => `${path}=${value}`);
      this.prepared = prepareScenarioText(this.text, this.file, { set });
      this.overrides = next;
      return undefined;
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
  }
}

function numberAt(data: unknown, segments: readonly (string | number)[]): number | undefined {
  let node: unknown = data;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return typeof node === 'number' ? node : undefined;
}
