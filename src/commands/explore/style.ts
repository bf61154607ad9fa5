/** The explorer's styles: the report's look, with a parameter panel beside the charts. */
import { REPORT_STYLE } from '../../render/htmlReport.js';

export const EXPLORE_STYLE = `${REPORT_STYLE}
body { max-width: none; margin: 0; padding: 0; }
header { padding: 12px 20px; border-bottom: 1px solid #ddd; } header h1 { margin: 0; } header p { margin: 4px 0 0; color: #555; }
.layout { display: grid; grid-template-columns: 400px 1fr; min-height: calc(100vh - 80px); }
#panel { border-right: 1px solid #ddd; padding: 8px 12px; overflow-y: auto; max-height: calc(100vh - 80px); font-size: 13px; }
#panel details { margin: 4px 0; } #panel summary { cursor: pointer; font-weight: bold; padding: 3px 0; }
.param { padding: 4px 0 6px; border-bottom: 1px solid #f0f0f0; } .param label { font-family: monospace; display: block; }
.param .controls { display: flex; gap: 6px; align-items: center; } .param input[type=range] { flex: 1; min-width: 0; }
.param input[type=number] { width: 96px; } .param .range, .param .meaning { color: #666; font-size: 11px; }
.param.changed label { color: #b35900; } .param.changed label::after { content: ' (changed)'; }
.param.invalid input[type=number] { border: 2px solid #c00; } .param .refusal { color: #c00; font-size: 12px; }
main { padding: 8px 20px; min-width: 0; } section { margin-bottom: 28px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.toolbar input[type=text] { width: 120px; } .toolbar input[type=number] { width: 80px; }
button { padding: 4px 12px; } .status { color: #333; font-size: 13px; margin: 4px 0; }
.error { color: #c00; white-space: pre-wrap; font-family: monospace; font-size: 12px; }
.stale { opacity: 0.45; } progress { width: 240px; }
textarea { width: 100%; font-family: monospace; font-size: 12px; } pre.command { white-space: pre-wrap; word-break: break-all; }
#param-filter { width: 100%; margin: 4px 0 8px; }
`;
