/** A separately built widget bundle (its own copy of lit and @lit/context): probe <e2e-widget-a>. */
import { defineSessionProbe } from '../probe.js';

defineSessionProbe('e2e-widget-a');
