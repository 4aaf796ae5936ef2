// The elements of test/a11y/pages/low-vision.html: the toggle and one core widget.
import '../../../components/a11y/gu-a11y-toggle.js';
import '../../../components/core/ui/gu-button.js';
