// Minimal typing for the part of autocannon the bench uses (no @types package installed).
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: { setupRequest?: (req: any) => any }[];
    connections?: number;
    duration?: number;
    timeout?: number;
  }
  function autocannon(opts: Options): Promise<unknown>;
  export default autocannon;
}
