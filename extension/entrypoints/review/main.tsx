import { render } from 'preact';
import '../../assets/base.css';
import './review.css';
import { ReviewApp } from './app';

render(<ReviewApp />, document.getElementById('app')!);
