import { createRoot } from 'react-dom/client';
import '@/assets/base.css';
import './options.css';
import { OptionsApp } from './options-app';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
