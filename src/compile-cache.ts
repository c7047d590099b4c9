// Imported first by the CLI: on Node 22.1+ the compiled code of every module loaded after this
// is cached on disk (the OS temp folder), so a warm start skips most of the ~1 s spent compiling
// the server's dependencies. Node 20 has no such cache: nothing happens there. A folder that
// cannot be written only means no cache (Node reports it, never throws).
import nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
