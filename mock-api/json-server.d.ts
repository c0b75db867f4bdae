declare module 'json-server' {
  type Handler = (req: never, res: never, next: () => void) => unknown;
  interface App {
    (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void;
    use(path: string | Handler | Handler[], ...handlers: Handler[]): App;
    listen(port: number, host: string, ready: () => void): unknown;
  }
  const jsonServer: {
    create(): App;
    defaults(options?: { logger?: boolean; static?: string; noCors?: boolean }): Handler[];
  };
  export default jsonServer;
}
