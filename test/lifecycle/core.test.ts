/** The lifecycle contract (contract.ts) for the core elements: ui and session elements. */
import { runContract } from './contract.js';
import { CASES } from './cases.js';

runContract('lifecycle contract: core elements', CASES);
