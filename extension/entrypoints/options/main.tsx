import { render } from 'preact';
import '../../assets/base.css';
import { OptionsApp } from './app';

render(<OptionsApp />, document.getElementById('app')!);
