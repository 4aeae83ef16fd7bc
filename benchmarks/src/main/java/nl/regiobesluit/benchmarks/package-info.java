/** JMH benchmarks of the vote engine. */
package nl.regiobesluit.benchmarks;
