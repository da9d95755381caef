/**
 * The analysis pipeline: one input in, one outcome out, never an exception. Stages are assembled
 * once and shared by every thread.
 */
package verbatim.core.pipeline;
