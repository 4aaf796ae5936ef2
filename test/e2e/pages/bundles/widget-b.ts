/** A separately built widget bundle (its own copy of lit and @lit/context): probe <e2e-widget-b>. */
import { defineSessionProbe } from '../probe.js';

defineSessionProbe('e2e-widget-b');
