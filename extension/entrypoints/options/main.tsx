import { render } from 'preact';
import { renderInLanguage } from '../../lib/i18n-live';
import '../../assets/base.css';
import { OptionsApp } from './app';

// The words load before the first render so that t() is synchronous everywhere; a new language
// choice renders the page again in it.
void renderInLanguage(['options'], () => render(<OptionsApp />, document.getElementById('app')!));
