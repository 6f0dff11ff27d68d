import { z } from 'zod';
import { AnnotationSchema } from '@shared/annotation/annotation';

/** One re-anchoring job as it crosses into the worker: the colleague's annotations, my text, the options. */
export const ReanchorJobSchema = z.object({
  annotations: z.array(AnnotationSchema),
  newText: z.string(),
  options: z.object({ oldText: z.string().optional(), minScore: z.number().min(0).max(1).optional() }),
});

export type ReanchorJob = z.infer<typeof ReanchorJobSchema>;
