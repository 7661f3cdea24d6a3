import { render } from 'preact';
import { renderInLanguage } from '../../lib/i18n-live';
import '../../assets/base.css';
import './review.css';
import { ReviewApp } from './app';

// The words load before the first render so that t() is synchronous everywhere; a new language
// chosen in the options renders the page again in it.
void renderInLanguage(['review', 'clock'], () => render(<ReviewApp />, document.getElementById('app')!));
