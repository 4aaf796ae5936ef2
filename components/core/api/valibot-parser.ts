/**
 * Response validation at the API boundary with valibot: a `parse` function for request() that throws ApiError 'malformed'.
 */
import { getDotPath, safeParse, type BaseIssue, type BaseSchema, type InferOutput } from 'valibot';
import { ApiError } from './errors.js';

/** Turns a valibot schema into a request() `parse` function; a mismatch throws ApiError kind 'malformed' naming the issue paths. */
export function valibotParser<TSchema extends BaseSchema<unknown, unknown, BaseIssue<unknown>>>(
  schema: TSchema,
): (data: unknown) => InferOutput<TSchema> {
  return (data: unknown) => {
    const result = safeParse(schema, data);
    if (result.success) return result.output;
    const described = result.issues
      .slice(0, 5)
      .map((issue) => `${getDotPath(issue) ?? '(root)'}: ${issue.message}`)
      .join('; ');
    const more = result.issues.length > 5 ? ` (+${result.issues.length - 5} more)` : '';
    throw new ApiError('malformed', `Response does not match the expected shape: ${described}${more}`, {
      cause: result.issues,
    });
  };
}
