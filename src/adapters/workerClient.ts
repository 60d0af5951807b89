// A request/response client for a module worker: started on first use and kept, progress reported per request.

/** Every worker here answers a request (by its id) with progress messages, then one `done` or `error`. */
export type WorkerReply = { id: number; type: 'progress' } | { id: number; type: 'done' } | { id: number; type: 'error'; message: string };

export interface WorkerClientOptions<Response extends WorkerReply, Result, Progress> {
  /** Must contain the literal `new Worker(new URL(…, import.meta.url))` in the caller's module, so Vite bundles it. */
  start: () => Worker;
  /** A worker already started for this client (index.html starts the layout worker early), used instead of starting one. */
  adopt?: () => Worker | null;
  /** Used in the error when the worker itself fails, e.g. "the export worker stopped". */
  name: string;
  progress: (reply: Extract<Response, { type: 'progress' }>) => Progress;
  result: (reply: Extract<Response, { type: 'done' }>) => Result;
}

interface Job<Result, Progress> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
  onProgress: (progress: Progress) => void;
}

export function workerClient<Request extends object, Response extends WorkerReply, Result, Progress>(
  options: WorkerClientOptions<Response, Result, Progress>,
): (request: Request, onProgress: (progress: Progress) => void) => Promise<Result> {
  let worker: Worker | undefined;
  let nextId = 1; // 0 is index.html's early request to an adopted worker
  const pending = new Map<number, Job<Result, Progress>>();

  function theWorker(): Worker {
    if (worker) return worker;
    const started = options.adopt?.() ?? options.start();
    started.onmessage = ({ data }: MessageEvent<Response>) => {
      const job = pending.get(data.id);
      if (!job) return;
      if (data.type === 'progress') return job.onProgress(options.progress(data as Extract<Response, { type: 'progress' }>));
      pending.delete(data.id);
      if (data.type === 'done') job.resolve(options.result(data as Extract<Response, { type: 'done' }>));
      else job.reject(new Error((data as Extract<WorkerReply, { type: 'error' }>).message));
    };
    // A crashed worker fails every request in flight and is started afresh on the next one.
    started.onerror = (event) => {
      const error = new Error(event.message || `the ${options.name} stopped`);
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      started.terminate();
      worker = undefined;
    };
    worker = started;
    return started;
  }

  return (request, onProgress) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      theWorker().postMessage({ ...request, id });
    });
  };
}
