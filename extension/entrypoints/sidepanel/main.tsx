import { render } from 'preact';
import { setupI18n } from '../../lib/i18n';
import '../../assets/base.css';
import { SidePanelApp } from './app';

// The words load before the first render so that t() is synchronous everywhere.
void setupI18n(['capture', 'outbox', 'quotes', 'clock', 'transcripts'])
  .catch((err) => console.error('[i18n] words not loaded; showing keys', err))
  .then(() => render(<SidePanelApp />, document.getElementById('app')!));
