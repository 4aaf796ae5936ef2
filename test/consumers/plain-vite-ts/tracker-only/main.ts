// The one import of a page that shows only the tracker: the build must hold nothing of the other widgets.
import 'gu-kit/application-tracker';
