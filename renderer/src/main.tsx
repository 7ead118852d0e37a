import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createHttpApi } from './api/http-client.ts';
import './styles.css';

if (import.meta.env.MODE === 'browser') {
  window.api = createHttpApi();
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
