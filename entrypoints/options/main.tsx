import { render } from 'preact';
import '../../src/options/options.css';
import { mountOptionsPage } from '../../src/options/options-page';

render(mountOptionsPage(document), document.getElementById('app')!);
