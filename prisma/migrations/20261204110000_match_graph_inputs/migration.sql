-- CreateTable
CREATE TABLE "tool_link_input" (
    "tool_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "tags" TEXT[],

    CONSTRAINT "tool_link_input_pkey" PRIMARY KEY ("tool_id")
);

-- CreateTable
CREATE TABLE "link_tag" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tools" INTEGER NOT NULL,

    CONSTRAINT "link_tag_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "link_pair_reach" (
    "pair_key" TEXT NOT NULL,
    "reach" INTEGER NOT NULL,

    CONSTRAINT "link_pair_reach_pkey" PRIMARY KEY ("pair_key")
);
