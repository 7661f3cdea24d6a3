import { render } from 'preact';
import '../../assets/base.css';
import { SidePanelApp } from './app';

render(<SidePanelApp />, document.getElementById('app')!);
