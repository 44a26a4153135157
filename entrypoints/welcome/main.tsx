import { render } from 'preact';
import '../../src/welcome/welcome.css';
import { mountWelcomePage } from '../../src/welcome/welcome-page';

render(mountWelcomePage(document), document.getElementById('app')!);
