package cn.jianyi.support;

import org.springframework.context.ApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;

/** Assignment variants beyond {@link TestWorld#assigned(int)}. */
public final class TestWorldAssignments {

    private final Assignments assignments;

    public TestWorldAssignments(ApplicationContext context) {
        this.assignments = context.getBean(Assignments.class);
    }

    /** Assigns a registered case to 区卫健委 alone. */
    public void leadOnly(TestWorld world, long suggestionId) {
        assignments.assign(AssignCommand.leadOnly(suggestionId, world.health.id(), TestWorld.ASSIGNED, world.clerk));
    }
}
