import { render } from 'preact';
import { renderInLanguage } from '../../lib/i18n-live';
import '../../assets/base.css';
import { SidePanelApp } from './app';

// The words load before the first render so that t() is synchronous everywhere; a new language
// chosen in the options renders the panel again in it.
void renderInLanguage(['capture', 'outbox', 'quotes', 'clock', 'transcripts'], () => render(<SidePanelApp />, document.getElementById('app')!));
