// Vite's types for the web page (import.meta.env).
/// <reference types="vite/client" />
