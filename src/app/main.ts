import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { applyTheme, initialTheme } from './theme.ts';

applyTheme(initialTheme());
mount(App, { target: document.getElementById('app')! });
