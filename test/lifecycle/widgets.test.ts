/** The lifecycle contract (contract.ts) for the widgets: session, login, verification, the tracker and its parts. */
import { runContract } from './contract.js';
import { WIDGET_CASES } from './widget-cases.js';

runContract('lifecycle contract: widgets', WIDGET_CASES);
